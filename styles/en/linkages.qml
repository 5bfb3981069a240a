<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms">
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="need_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="needs" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="item" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="household_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="households" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="id" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="kind" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="public_benefit" name="Public benefit application"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="cash" name="Cash"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="in_kind" name="In kind"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="voucher" name="Voucher"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="fee_reduction" name="Fee reduction"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="facility_admission" name="Facility admission"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="service" name="Service/programme"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="private_resource" name="Private resource"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="referral" name="Referral to another agency"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="case_management" name="Case management"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="facility_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="facilities" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="name" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="provider_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="linked_on" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="requested" name="Requested"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="provided" name="Provided"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="declined" name="Declined"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="notes" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="created_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="id" name="ID" index="1"/>
    <alias field="need_id" name="Need" index="2"/>
    <alias field="household_id" name="Household" index="3"/>
    <alias field="kind" name="Kind" index="4"/>
    <alias field="facility_id" name="Facility" index="5"/>
    <alias field="provider_name" name="Provider" index="6"/>
    <alias field="linked_on" name="Linked on" index="7"/>
    <alias field="status" name="Status" index="8"/>
    <alias field="notes" name="Notes" index="9"/>
    <alias field="created_at" name="Created at" index="10"/>
    <alias field="created_by" name="Created by" index="11"/>
    <alias field="updated_at" name="Updated at" index="12"/>
    <alias field="updated_by" name="Updated by" index="13"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="need_id" expression="" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="kind" expression="" applyOnUpdate="0"/>
    <default field="facility_id" expression="" applyOnUpdate="0"/>
    <default field="provider_name" expression="" applyOnUpdate="0"/>
    <default field="linked_on" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="notes" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="need_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="kind" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="facility_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="provider_name" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="linked_on" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="status" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="notes" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="need_id" exp="" desc=""/>
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="kind" exp="" desc=""/>
    <constraint field="facility_id" exp="" desc=""/>
    <constraint field="provider_name" exp="" desc=""/>
    <constraint field="linked_on" exp="" desc=""/>
    <constraint field="status" exp="" desc=""/>
    <constraint field="notes" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
    <constraint field="created_by" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="updated_by" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="created_at" editable="0"/>
    <field name="created_by" editable="0"/>
    <field name="id" editable="0"/>
    <field name="updated_at" editable="0"/>
    <field name="updated_by" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>4</layerGeometryType>
</qgis>
