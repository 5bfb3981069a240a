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
    <field name="visit_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="visits" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="visited_on" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="domain" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="safety" name="안전"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="health" name="건강"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="daily_living" name="일상생활유지"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="family" name="가족관계"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="social" name="사회적 관계"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="economy" name="경제"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="education" name="교육"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="employment" name="고용"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="living_env" name="생활환경"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="legal" name="법률 및 권익보장"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other" name="기타"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="open" name="미연계"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="linked" name="연계중"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="resolved" name="해결"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="dropped" name="중단"/>
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
    <alias field="household_id" name="가구" index="2"/>
    <alias field="visit_id" name="방문" index="3"/>
    <alias field="domain" name="욕구 영역" index="4"/>
    <alias field="item" name="욕구 항목" index="5"/>
    <alias field="status" name="상태" index="6"/>
    <alias field="notes" name="메모" index="7"/>
    <alias field="created_at" name="등록일시" index="8"/>
    <alias field="created_by" name="등록자" index="9"/>
    <alias field="updated_at" name="수정일시" index="10"/>
    <alias field="updated_by" name="수정자" index="11"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="visit_id" expression="" applyOnUpdate="0"/>
    <default field="domain" expression="" applyOnUpdate="0"/>
    <default field="item" expression="" applyOnUpdate="0"/>
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
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="visit_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="domain" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="item" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
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
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="visit_id" exp="" desc=""/>
    <constraint field="domain" exp="" desc=""/>
    <constraint field="item" exp="" desc=""/>
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
