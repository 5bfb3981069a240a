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
    <field name="case_no" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="death" name="사망"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="move_out" name="전출"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="move_in" name="전입"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="address_change" name="주소변경"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="effective_on" configurationFlags="None">
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
    <field name="new_address" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="applied_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="household_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
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
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="case_no" name="사례번호" index="1"/>
    <alias field="change" name="변동 구분" index="2"/>
    <alias field="effective_on" name="변동일" index="3"/>
    <alias field="new_address" name="새 주소" index="4"/>
    <alias field="applied_at" name="반영일시" index="5"/>
    <alias field="household_id" name="가구" index="6"/>
    <alias field="created_at" name="등록일시" index="7"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="case_no" expression="" applyOnUpdate="0"/>
    <default field="change" expression="" applyOnUpdate="0"/>
    <default field="effective_on" expression="" applyOnUpdate="0"/>
    <default field="new_address" expression="" applyOnUpdate="0"/>
    <default field="applied_at" expression="" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="case_no" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="change" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="effective_on" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="new_address" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="applied_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="case_no" exp="" desc=""/>
    <constraint field="change" exp="" desc=""/>
    <constraint field="effective_on" exp="" desc=""/>
    <constraint field="new_address" exp="" desc=""/>
    <constraint field="applied_at" exp="" desc=""/>
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
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
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>4</layerGeometryType>
</qgis>
