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
    <field name="visited_on" configurationFlags="None">
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
    <field name="visitor_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="visitors" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="name" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="method" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="in_person" name="In person"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="phone" name="Phone"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="outcome" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="met" name="Met"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="absent" name="Absent"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="refused" name="Refused"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="moved" name="Moved"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="deceased" name="Deceased"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="hospitalised" name="Hospitalised"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="vacant" name="Vacant"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="unreachable" name="Unreachable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="address_mismatch" name="Address mismatch"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="no_need" name="No need"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="phone_only" name="Phone only"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="risk_level" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="high" name="High"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="medium" name="Medium"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="low" name="Low"/>
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
    <alias field="household_id" name="Household" index="2"/>
    <alias field="visited_on" name="Visit date" index="3"/>
    <alias field="visitor_id" name="Visitor" index="4"/>
    <alias field="method" name="Method" index="5"/>
    <alias field="outcome" name="Outcome" index="6"/>
    <alias field="risk_level" name="Risk" index="7"/>
    <alias field="notes" name="Notes" index="8"/>
    <alias field="created_at" name="Created at" index="9"/>
    <alias field="created_by" name="Created by" index="10"/>
    <alias field="updated_at" name="Updated at" index="11"/>
    <alias field="updated_by" name="Updated by" index="12"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="visited_on" expression="" applyOnUpdate="0"/>
    <default field="visitor_id" expression="" applyOnUpdate="0"/>
    <default field="method" expression="" applyOnUpdate="0"/>
    <default field="outcome" expression="" applyOnUpdate="0"/>
    <default field="risk_level" expression="" applyOnUpdate="0"/>
    <default field="notes" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="visited_on" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="visitor_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="method" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="outcome" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="risk_level" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="notes" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="visited_on" exp="" desc=""/>
    <constraint field="visitor_id" exp="" desc=""/>
    <constraint field="method" exp="" desc=""/>
    <constraint field="outcome" exp="" desc=""/>
    <constraint field="risk_level" exp="" desc=""/>
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
